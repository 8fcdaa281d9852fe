x = 10
return x
