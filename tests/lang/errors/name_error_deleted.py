# A deleted name raises NameError
zqx_counter = 10
print(zqx_counter)
del zqx_counter
print(zqx_counter)
