// Two names of one code, with one message: the error suggests an alias.
codetable::define_codes! {
    pub enum LinuxErrno {
        11 => EAGAIN, "Try again",
        11 => EWOULDBLOCK, "Try again",
    }
}

fn main() {}
