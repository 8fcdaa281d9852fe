# Simple backslash escapes.
s = "\\ \' \" \a \b \f \n \r \t \v"
print([ord(c) for c in s if c != " "])
print("tab\there")
print('it\'s', "say \"hi\"")
print("unknown \q stays", len("\q"))
print("line\
continued")
