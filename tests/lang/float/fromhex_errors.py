# float.fromhex invalid strings and overflow
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
float.fromhex('')
float.fromhex(' ')
float.fromhex('0x')
float.fromhex('0xg')
float.fromhex('0x1p')
float.fromhex('0x1p+')
float.fromhex('0x1.p1x')
float.fromhex('0x1p99999999999999999999')
float.fromhex('0x1p-99999999999999999999')
float.fromhex('-0x1p-99999999999999999999')
float.fromhex('0x1p1024')
float.fromhex('-0x1.fffffffffffff8p1023')
float.fromhex('0x1__0')
float.fromhex('0x_1')
float.fromhex('1.5.5')
float.fromhex('infinityy')
float.fromhex(b'0x1')
float.fromhex()
''')
