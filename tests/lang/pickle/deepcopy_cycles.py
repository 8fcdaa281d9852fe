# deepcopy keeps shared and cyclic references between instances.
import copy


class Node:
    def __init__(self, name):
        self.name = name
        self.peers = []


a, b = Node('a'), Node('b')
a.peers.append(b)
b.peers.append(a)
a.self_ref = a
shared = [a, b, a]
c = copy.deepcopy(shared)
print(c[0] is c[2], c[0] is not a, c[0].peers[0] is c[1], c[1].peers[0] is c[0], c[0].self_ref is c[0])
print([n.name for n in c])
