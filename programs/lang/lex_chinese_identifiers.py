# Unicode (Chinese) identifiers and strings.
名字 = "张三"
年龄 = 30
print(名字, 年龄)

def 问候(人):
    return "你好，" + 人 + "！"

print(问候(名字))

class 学生:
    def __init__(self, 姓名, 分数):
        self.姓名 = 姓名
        self.分数 = 分数

    def 描述(self):
        return f"{self.姓名}: {self.分数}分"

同学们 = [学生("李四", 90), 学生("王五", 85)]
for 同学 in 同学们:
    print(同学.描述())

总分 = sum(s.分数 for s in 同学们)
print("总分", 总分)
文本 = "中文字符串"
print(len(文本), 文本[0], 文本[-1], 文本[1:3])
print(文本[::-1])
print(repr("汉字"), ascii("汉字"))
print("汉" in 文本, "字符" in 文本)
print(ord("中"), chr(20013))
print("中文".encode("utf-8"))
print(b"\xe4\xb8\xad".decode("utf-8"))
print(f"{名字:>6}|{名字:*<5}|")
print(sorted(["丙", "甲", "乙"]))
