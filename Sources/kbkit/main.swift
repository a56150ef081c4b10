print("kbkit")
