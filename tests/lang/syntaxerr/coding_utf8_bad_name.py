# A BOM declares UTF-8 too: a bad byte in a name is reported there.
valueÿ = 1
