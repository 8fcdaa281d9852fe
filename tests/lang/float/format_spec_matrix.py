# format() of str/int/float/complex/bool with every flag before many type codes, non-ASCII codes included: results or exact errors
specs = ['=c', '0c', '#c', ',c', '_c', '+c', ' c', '-c', 'zd', 'z', 'zx', 'z.2f', '=s', '0s', '.0', '.0d', '.0n', '#n', '_n', ',n', '#,', '#_', ',d', '_o', ',o', ',b', '_X', ',%', '_%', ',e', '%', '#%', '#e', '=5', '^=5', '=^5', '<<<', 'x<', '\U0001f600', 'dd', '5.5', '10.', '.', '', '!', '#', '0', '00', '+', '++', '-+', '+-', ' +']
for v in (65, -1, 1.5, -0.0, 1+2j, True, 10**20):
    out = []
    for s in specs:
        try:
            out.append(repr(format(v, s)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(v))
    for s, o in zip(specs, out):
        print('  %r -> %s' % (s, o))
