// jemalloc is linked for its malloc and free, which then replace glibc's in the whole process;
// nothing calls it by name, so no declarations are imported.
