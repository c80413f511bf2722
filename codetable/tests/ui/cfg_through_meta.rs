// A `cfg` handed to the table through a `macro_rules!` `$a:meta`, raw or not, is refused as
// one written in the table.
macro_rules! table_with {
    ($a:meta, $b:meta) => {
        codetable::define_codes! {
            #[repr(u8)]
            pub enum E {
                1 => ONE, "one",
                #[$a]
                2 => TWO, "two",
                #[$b]
                3 => THREE, "three",
            }
        }
    };
}

table_with!(r#cfg(any()), cfg_attr(all(), r#cfg(any())));

fn main() {}
