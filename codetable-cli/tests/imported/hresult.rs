codetable::define_codes! {
    /// Imported by `codes import` from `winerror.h`, line 2268.
    #[repr(u32)]
    pub enum Hresult {
        0x8000FFFF => E_UNEXPECTED,
        0x80004001 => E_NOTIMPL,
        0x8007000E => E_OUTOFMEMORY,
        0x80070057 => E_INVALIDARG,
        0x80004002 => E_NOINTERFACE,
        0x80004003 => E_POINTER,
        0x80070006 => E_HANDLE,
        0x80004004 => E_ABORT,
        0x80004005 => E_FAIL,
        0x80070005 => E_ACCESSDENIED,
        0x8000000A => E_PENDING,
        0x8007007A => E_NOT_SUFFICIENT_BUFFER,
    }
}
