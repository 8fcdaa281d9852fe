# Tabs between tokens and inside strings.
x	=	1	+	2
print(x)
print("a	b", len("	"))
print(repr("x	y"))
if	x:
    print("spaces after tab-separated if")
