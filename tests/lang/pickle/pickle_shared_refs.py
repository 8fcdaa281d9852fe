# Pickling keeps object identity inside one dump: shared instances stay shared.
import pickle


class Item:
    def __init__(self, n):
        self.n = n


shared = Item(1)
data = {'first': shared, 'second': shared, 'list': [shared, Item(2)]}
data['self'] = data
for proto in range(6):
    r = pickle.loads(pickle.dumps(data, proto))
    print(proto, r['first'] is r['second'], r['list'][0] is r['first'], r['self'] is r, r['list'][1].n)
