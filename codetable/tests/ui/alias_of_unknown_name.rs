codetable::define_codes! {
    pub enum LinuxErrno {
        11 => EAGAIN, "Try again",
        EWOULDBLOCK = EAGAINN,
    }
}

fn main() {}
