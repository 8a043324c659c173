# Strings containing CJK characters: indexing, methods and formatting.
s = "我爱Python编程"
print(s, len(s))
print(s[0], s[2:8], s[-2:])
print(s.upper(), s.lower())
print(s.find("编程"), s.index("P"), s.count("爱"))
print(s.replace("我", "你"))
print(list("中文"))
print("，".join(["一", "二", "三"]))
print("一 二 三".split())
print("a中b".isalpha(), "中".isalpha(), "一".isdigit())
print(f"[{'中文':^8}]")
print(f"[{'中文':<6}][{'中文':>6}]")
print("中" < "文", "中" * 3)
print(repr(["中", "文"]))
print(str({"键": "值"}))
print("中文".center(6, "-"))
for i, ch in enumerate("汉字"):
    print(i, ch, ord(ch))
