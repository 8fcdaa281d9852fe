# bytearray over-allocation as seen through __alloc__ and sys.getsizeof.
import sys
b=bytearray()
r=[]
for i in range(40):
    b.append(i); r.append(b.__alloc__())
print(r)
b=bytearray(b'abc'); print(b.__alloc__()); b+=b'x'*20; print(b.__alloc__())
del b[:15]; print(b.__alloc__(), sys.getsizeof(b)); b.clear(); print(b.__alloc__(), sys.getsizeof(b))
print(sys.getsizeof(bytearray(5)), sys.getsizeof(bytearray(b'')), sys.getsizeof(bytearray([1,2])))
b=bytearray(b'x'*100); b[50:]=b''; print(b.__alloc__()); b.extend(range(30)); print(b.__alloc__())
print(sys.getsizeof(bytearray(b'ab')*3), sys.getsizeof(bytearray(b'ab')+b'cd'))
