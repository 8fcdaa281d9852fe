# SPDX-License-Identifier: MIT
# A build step: writes a C file defining `const uint8_t NAME[]` with the bytes of a
# binary file (generated data too large to keep readable as C source).
#   cmake -DIN=data.bin -DOUT=data.c -DNAME=symbol -P embed.cmake
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" digits)
math(EXPR size "${digits} / 2")
# Eight bytes to a line: the two-digit groups, then a newline after every eighth.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" body "${body}")
get_filename_component(from "${IN}" NAME)
file(WRITE "${OUT}" "// Generated from ${from} by cmake/embed.cmake; do not edit.\n#include <stdint.h>\n\n"
     "const uint8_t ${NAME}[${size}] = {\n${body}\n};\n")
