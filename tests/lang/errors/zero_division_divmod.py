# divmod(…, 0) raises ZeroDivisionError
print(divmod(7, 2))
print(divmod(7, 0))
