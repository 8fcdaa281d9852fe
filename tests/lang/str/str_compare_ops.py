# String comparisons, ord ordering, multiplication, membership, conversions
words = ["banana", "Apple", "cherry", "apple", "Banana", "", "a", "ab"]
print(sorted(words))
print(sorted(words, key=str.lower))
print("a" < "b" < "c", "abc" == "abc", "abc" != "ABC", "abc" != None)
print(str(123) + "4", int("12") + 4, "5" * 3, float("2.5") * 2)
print("%s and %d and %.2f" % ("str", 42, 3.14159))
print("%5s|%-5s|%05d|%x|%r" % ("ab", "cd", 42, 255, "q"))
print("%(name)s=%(val)d" % {'name': 'x', 'val': 7}, "100%%" % ())
print("" == '', "a" + "b" == "ab", "abc"[1:2] == "b")
