package main

import (
	"fmt"
	"os/exec"
)

// Go builds and runs this; Goroscope refuses os/exec with its own message.
func main() {
	cmd := exec.Command("definitely-not-a-real-command-xyz")
	err := cmd.Run()
	fmt.Println(err != nil)
}
