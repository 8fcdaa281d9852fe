# bytes %-formatting over many flag/width/precision/conversion combinations
vals = [0, 7, -42, 255, 3.5, -0.25, 1e20, b'ab', bytearray(b'xyz'), 'é', True, None]
convs = 'sbradixXoeEfFgGcu'
flags = ['', '-', '+', ' ', '#', '0', '-0', '+ ']
n = 0
for c in convs:
    for f in flags:
        for w in ('', '6'):
            for p in ('', '.2'):
                fmt = ('%' + f + w + p + c).encode()
                out = []
                for v in vals:
                    try:
                        out.append(fmt % (v,))
                    except Exception as e:
                        out.append('%s: %s' % (type(e).__name__, e))
                n += 1
                print(fmt, out)
print(n)
