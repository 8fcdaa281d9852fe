# Adjacent string literals concatenate at compile time.
print("a" 'b' """c""" '''d''')
s = ("first "
     "second "
     'third')
print(s)
print(b"x" b'y', r"\n" "\n" == "\\n\n")
print("con" "cat" .upper())
print(len("abc" "" "def"))
x = 1
print("value: " f"{x}" " end")
