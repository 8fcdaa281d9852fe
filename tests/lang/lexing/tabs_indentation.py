# Tabs used consistently for indentation.
if True:
	print("one tab")
	if True:
		print("two tabs")
	print("back to one")
def f():
	return "tab body"
print(f())
x = [1,
		2]
print(x)
