import re
# Character classes beyond Latin-1 compile through memoryview(...).cast('I').
print(re.compile('[.\u3002\uff0e\uff61]').findall('a\u3002b.c\uff61'))
print(re.findall('[\u0400-\u04ff\u4e00-\u9fff]+', 'abc Привет 你好 x'))
print(re.sub('[^\u0000-\u007f\u00e9]', '?', 'café ü 日本'))
