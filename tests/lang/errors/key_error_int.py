# KeyError with an int key, raised inside a loop
squares = {i: i * i for i in range(5)}
for k in (1, 3, 5):
    print(k, squares[k])
