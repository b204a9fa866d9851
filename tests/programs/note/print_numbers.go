// Пример 2 из конспекта: две горутины печатают числа одновременно.
//
// Каждая горутина печатает числа от 1 до 5 со своим именем и спит между
// печатями. Периоды (200 мс и 400 мс) и начальная задержка второй горутины
// (100 мс) подобраны так, что соседние печати разделены не меньше чем
// 100 мс, и порядок строк однозначен:
//
//	A:1 (200) A:2 (400) B:1 (500) A:3 (600) A:4 (800) B:2 (900)
//	A:5 (1000) B:3 (1300) B:4 (1700) B:5 (2100)
//
// main ждёт 3 секунды, чтобы обе горутины успели закончить.
package main

import (
	"fmt"
	"time"
)

func printNumbers(name string, delay, period time.Duration) {
	time.Sleep(delay)
	for i := 1; i <= 5; i++ {
		time.Sleep(period)
		fmt.Printf("%s: %d\n", name, i)
	}
}

func main() {
	go printNumbers("A", 0, 200*time.Millisecond)
	go printNumbers("B", 100*time.Millisecond, 400*time.Millisecond)
	time.Sleep(3 * time.Second)
	fmt.Println("main: готово")
}
