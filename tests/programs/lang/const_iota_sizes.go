package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

const (
	KiB = 1 << (10 * (iota + 1))
	MiB
	GiB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", float64(b))
}

func main() {
	fmt.Println(float64(KB), float64(MB), float64(GB))
	fmt.Println(float64(YB))
	fmt.Println(ByteSize(1023), ByteSize(1500), ByteSize(5*MB+MB/2), ByteSize(3*GB))
	fmt.Println(KiB, MiB, GiB)
	fmt.Printf("%T %T\n", KiB, KB)
	// YB/ZB as untyped constant arithmetic would overflow int64 but the
	// ratio fits.
	fmt.Println(int(YB / ZB))
}
