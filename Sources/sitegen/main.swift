print("sitegen: not built yet")
