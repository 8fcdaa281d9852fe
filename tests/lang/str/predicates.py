# is* predicates
tests = ["abc", "ABC", "123", "12.5", "", " ", "a1", "Hello World", "\t\n", "½", "٣", "éà", "a_b"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isidentifier(), t.isprintable())
