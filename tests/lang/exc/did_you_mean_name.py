# test: full-stderr
# 3.11 suggests a close name in the traceback only
valuable = 1
print(str(NameError("name 'valuabel' is not defined")))
valuabel
