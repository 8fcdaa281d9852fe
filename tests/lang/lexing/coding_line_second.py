#!/usr/bin/env python3
# vim: set fileencoding=utf-8 :
# The coding declaration may be on the second line.
print("ünïcode", len("ünïcode"))
print("ok")
