# ord() and chr()
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('€'), ord('😀'))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512))
print(''.join([chr(ord(c) + 1) for c in "HAL"]))
print([ord(c) for c in "Krait"], chr(0x4E2D) + chr(0x6587))
print(repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == '\U0010FFFF')
try:
    ord('ab')
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord('')
except TypeError as e:
    print("TypeError:", e)
