// A column of type `tonic::Code` takes a variant's name or its number, 0..=16.
codetable::define_codes! {
    pub enum ApiError(grpc: tonic::Code = Internal) {
        1 => MISSPELT, "misspelt", grpc = NotFund,
        2 => SHOUTED, "shouted as gRPC writes it", grpc = NOT_FOUND,
        3 => TOO_HIGH, "too high", grpc = 17,
        4 => QUOTED, "quoted", grpc = "NotFound",
    }
}

fn main() {}
