# an uncaught UnicodeEncodeError
print('ok'.encode('ascii'))
'naïve'.encode('ascii')
