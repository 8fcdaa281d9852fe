# Exceptions in an else clause are not caught by the same try's handlers
try:
    print("try ok")
except ZeroDivisionError:
    print("not reached")
else:
    print(1 // 0)
