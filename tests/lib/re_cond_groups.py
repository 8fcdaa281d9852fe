from _re_loader import re

c = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    print(s, c.match(s))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"abc"'), re.match(r'(a)?(?(1)b)c', 'c'))
