module example.invalid/codes

go 1.19
