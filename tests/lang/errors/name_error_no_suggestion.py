# Nothing close enough: no "Did you mean".
alpha = 1
print(qqqqqqqq)
