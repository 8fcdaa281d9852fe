# coding: utf-8
# A UTF-8 BOM may go with a utf-8 cookie.
print("été", len("été"))
