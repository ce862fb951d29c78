// The Sitegen library: load, site model, render, write.
