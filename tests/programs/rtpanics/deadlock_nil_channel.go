// Receiving from a nil channel blocks forever: the wait reason is
// "chan receive (nil chan)". Background's Done channel is nil, so waiting on
// it is the same bug.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.Background()
	fmt.Println("Done is nil:", ctx.Done() == nil)
	<-ctx.Done()
}
