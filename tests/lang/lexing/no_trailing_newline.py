# The file ends without a newline.
x = 1
y = [1,
     2]
print(y)
if x:
    print("last line has no newline")