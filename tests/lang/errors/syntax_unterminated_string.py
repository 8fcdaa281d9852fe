name = "krait
print(name)
