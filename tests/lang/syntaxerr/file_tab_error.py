# The whole file is rejected with TabError: inconsistent tabs and spaces.
# The body below mixes a tab-indented line with an 8-space-indented line.
if True:
	x = 1
        y = 2
print("never printed")
