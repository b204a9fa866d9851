package main

import "fmt"

// At run time a shift count >= the width gives 0 for << and for unsigned
// >>, and -1 or 0 (sign fill) for signed >>.

func main() {
	for _, s := range []uint{7, 8, 9, 100} {
		var u8 uint8 = 0xff
		var i8 int8 = -5
		var p8 int8 = 5
		fmt.Printf("s=%d: u8<<s=%d u8>>s=%d i8<<s=%d i8>>s=%d p8>>s=%d\n", s, u8<<s, u8>>s, i8<<s, i8>>s, p8>>s)
	}
	for _, s := range []uint{31, 32, 33, 64} {
		var u32 uint32 = 0xffffffff
		var i32 int32 = -1
		fmt.Printf("s=%d: u32<<s=%d u32>>s=%d i32>>s=%d i32<<s=%d\n", s, u32<<s, u32>>s, i32>>s, i32<<s)
	}
	for _, s := range []uint{63, 64, 65, 200, 1000} {
		var u64 uint64 = 1<<64 - 1
		var i64 int64 = -1 << 40
		var n int = 12345
		fmt.Printf("s=%d: u64<<s=%d u64>>s=%d i64>>s=%d n<<s=%d n>>s=%d\n", s, u64<<s, u64>>s, i64>>s, n<<s, n>>s)
	}
	big := uint64(1) << 63
	fmt.Println("1<<63 as uint64:", big)
	var count uint64 = 1 << 40 // huge shift count
	fmt.Println("1<<(1<<40):", 1<<count == 0, uint8(3)>>count)
}
