# AssertionError with a message
def check(age):
    assert age >= 0, "age must be non-negative, got " + str(age)
    return age
print(check(5))
check(-1)
