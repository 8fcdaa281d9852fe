# f_trace_lines and f_trace_opcodes default values
import sys
fr = sys._getframe()
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
fr.f_trace_lines = False
print(fr.f_trace_lines)
