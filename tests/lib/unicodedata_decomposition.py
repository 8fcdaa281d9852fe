import unicodedata as u
for ch in 'a\u00e9\u00c5\u212b\ufb01\u00bd\u2460\uac00\u1e69\u0958\uff21\u3300\U0001D400\u01c4':
    print(hex(ord(ch)), repr(u.decomposition(ch)), u.combining(ch))
print(u.combining('\u0301'), u.combining('\u0323'), u.combining('\u3099'))
