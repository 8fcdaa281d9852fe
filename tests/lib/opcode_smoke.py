# opcode (bundled): CPython 3.11's opcode tables (data only; Krait's own bytecode differs).
import opcode

print(opcode.opmap["LOAD_CONST"], opcode.opname[100], opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG)
print(len(opcode.opname), opcode.cmp_op)
print(sorted(opcode.hasjrel)[:5], opcode.hasconst, opcode._nb_ops[0])
print(opcode._inline_cache_entries[opcode.opmap["LOAD_ATTR"]], "BINARY_OP" in opcode.opmap)
