# os.environ is the process's environment as started (the test runner sets
# these three), not a made-up one.
import os
for name in ('PYTHONHASHSEED', 'PYTHONIOENCODING', 'PYTHONDONTWRITEBYTECODE'):
    print(name, os.environ.get(name), os.getenv(name) == os.environ.get(name))
print(os.environ.get('USER') != 'web_user', os.environ.get('HOME') != '/home/web_user')
print(os.environ.get('KRAIT_SURELY_UNSET'), 'KRAIT_SURELY_UNSET' in os.environ)
