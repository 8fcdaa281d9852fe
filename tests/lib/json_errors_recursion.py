import json
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError:
    print('RecursionError on decode')
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError:
    print('RecursionError on encode')
print(json.loads('[' * 50 + ']' * 50) is not None)
