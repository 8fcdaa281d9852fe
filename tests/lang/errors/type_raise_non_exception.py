# TypeError: exceptions must derive from BaseException
print("raising an int")
raise 42
